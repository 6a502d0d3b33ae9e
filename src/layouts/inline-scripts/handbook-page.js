(() => {
  const article = document.querySelector('.handbook-article');
  const announce = (text) => {
    const live = document.querySelector('[data-announce]');
    live.textContent = '';
    setTimeout(() => (live.textContent = text), 50);
  };
  const copy = (text) => navigator.clipboard.writeText(text).then(() => announce(article.dataset.copied));
  document.addEventListener('click', (event) => {
    const heading = event.target.closest('[data-copy-heading]');
    if (heading) copy(`${location.origin}${location.pathname}#${heading.dataset.copyHeading}`);
    const button = event.target.closest('[data-copy]');
    if (button) copy(document.getElementById(button.dataset.copy).innerText).then(() => announce(button.dataset.copied));
  });
  const menu = document.querySelector('.menu-button');
  const nav = document.getElementById('handbook-nav');
  menu.addEventListener('click', () => {
    const open = menu.getAttribute('aria-expanded') !== 'true';
    menu.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  const language = document.querySelector('.lang-switch');
  language?.addEventListener('click', () => {
    if (location.hash) language.href = language.href.split('#')[0] + location.hash;
  });
})();
