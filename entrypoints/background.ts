// The background script holds no draft and makes no request: it exists so the
// options page and popup (later issues) have a place to run privileged work.
export default defineBackground(() => {});
