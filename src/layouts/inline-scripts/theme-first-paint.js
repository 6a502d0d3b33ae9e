// Set the theme before the first paint: the stored choice, else the system's.
(() => {
  const root = document.documentElement;
  // Controls that need a script keep their place from the first paint, so nothing shifts.
  root.classList.add('js');
  const system = matchMedia('(prefers-color-scheme: dark)');
  let chosen = null;
  try {
    chosen = localStorage.getItem('casebook-theme');
  } catch {}
  const apply = () => (root.dataset.theme = chosen || (system.matches ? 'dark' : 'light'));
  apply();
  system.addEventListener('change', apply);
  window.casebookTheme = (theme) => {
    chosen = theme;
    try {
      localStorage.setItem('casebook-theme', theme);
    } catch {}
    apply();
  };
})();
