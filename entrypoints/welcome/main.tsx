import { render } from 'preact';
import '../../components/shared/page.css';
import { WelcomePage } from '../../components/welcome/WelcomePage';

render(<WelcomePage />, document.getElementById('app')!);
