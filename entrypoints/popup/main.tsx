import { render } from 'preact';
import '../../components/shared/page.css';
import { PopupApp } from '../../components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
