// Applies the colour scheme Mantine saved (light, dark or auto) before React starts, so the page does not flash.
(function () {
  var saved = null;
  try {
    saved = window.localStorage.getItem('mantine-color-scheme-value');
  } catch {
    saved = null;
  }
  var scheme = saved === 'light' || saved === 'dark' ? saved : window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
