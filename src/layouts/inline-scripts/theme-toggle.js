(() => {
  const toggle = document.querySelector('.theme-toggle');
  const sync = () => toggle.setAttribute('aria-pressed', String(document.documentElement.dataset.theme === 'dark'));
  sync();
  toggle.addEventListener('click', () => {
    window.casebookTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
    sync();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
})();
