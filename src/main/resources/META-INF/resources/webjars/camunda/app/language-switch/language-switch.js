/*
 * Language switch (VI | EN) for Tasklist, Cockpit, Admin and the welcome page.
 *
 * Camunda 7 chooses the language once, while the app starts, from the browser's first preferred
 * language (navigator.languages[0]) and has no switch of its own. Each app's config.js loads this
 * file as a custom script, which the app imports before it starts. A choice saved here, in
 * localStorage, then stands in for the browser's preference; without one the browser decides as
 * before (Vietnamese unless English comes first). The switch in the header saves the choice and
 * reloads the page, so every label, date and number is in the chosen language from the start.
 */
const STORAGE_KEY = 'sangkien.locale';
const LOCALES = [
  {code: 'vi', label: 'VI', title: 'Tiếng Việt'},
  {code: 'en', label: 'EN', title: 'English'}
];
const FALLBACK = 'vi';

function savedLocale() {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return LOCALES.some(locale => locale.code === saved) ? saved : null;
  } catch (e) {
    // Storage blocked (privacy settings): the browser's preference decides.
    return null;
  }
}

const saved = savedLocale();
if (saved) {
  Object.defineProperty(window.navigator, 'languages', {configurable: true, get: () => [saved]});
  Object.defineProperty(window.navigator, 'language', {configurable: true, get: () => saved});
}

/** The language the app shows: the same rule as the app's own (first preference, region stripped). */
function shownLocale() {
  const navigator = window.navigator;
  const preferred = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
    .split('-')[0].toLowerCase();
  return LOCALES.some(locale => locale.code === preferred) ? preferred : FALLBACK;
}

function choose(code) {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch (e) {
    return;
  }
  window.location.reload();
}

function switchItem() {
  const item = document.createElement('li');
  item.className = 'language-switch';
  const shown = shownLocale();
  LOCALES.forEach((locale, index) => {
    if (index > 0) {
      const separator = document.createElement('span');
      separator.setAttribute('aria-hidden', 'true');
      separator.textContent = '|';
      item.appendChild(separator);
    }
    const link = document.createElement('a');
    link.href = '';
    link.lang = locale.code;
    link.title = locale.title;
    link.textContent = locale.label;
    link.setAttribute('data-locale', locale.code);
    if (locale.code === shown) {
      link.className = 'active';
      link.setAttribute('aria-current', 'true');
    }
    link.addEventListener('click', event => {
      event.preventDefault();
      if (locale.code !== shown) {
        choose(locale.code);
      }
    });
    item.appendChild(link);
  });
  return item;
}

const STYLE = `
  [cam-widget-header] .cam-nav > ul > li.language-switch { white-space: nowrap; height: 42px; vertical-align: top; }
  [cam-widget-header] .cam-nav > ul > li.language-switch > a,
  [cam-widget-header] .cam-nav > ul > li.language-switch > span { display: inline-block; vertical-align: top; }
  [cam-widget-header] .cam-nav > ul > li.language-switch > span { line-height: 45px; color: #999; }
  [cam-widget-header] .cam-nav > ul > li.language-switch > a.active { font-weight: bold; }
`;

/** The header is drawn by AngularJS after start and again on some navigations: (re)insert the switch. */
function install() {
  const menu = document.querySelector('[cam-widget-header] nav.cam-nav > ul');
  if (menu && !menu.querySelector(':scope > li.language-switch')) {
    menu.insertBefore(switchItem(), menu.firstChild);
  }
}

const style = document.createElement('style');
style.textContent = STYLE;
document.head.appendChild(style);
new MutationObserver(install).observe(document.documentElement, {childList: true, subtree: true});
install();
