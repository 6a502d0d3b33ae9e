// The phone header's menu button: shows and hides the nav and the settings; Escape closes it.
(() => {
  const header = document.querySelector('.site-header');
  const button = header.querySelector('.site-menu-button');
  const set = (open) => {
    button.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    set(false);
    button.focus();
  });
})();
