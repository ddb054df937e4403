// Enhancements for every page; the pages work without them.
// 1. Search suggestions as you type: the ARIA 1.2 combobox pattern (arrow keys, Enter, Escape).
// 2. A "大字号" (large text) switch, remembered in this browser.
(function () {
  'use strict';

  function setupTextSize() {
    var button = document.querySelector('.text-size');
    if (!button) { return; }
    var root = document.documentElement;
    var stored = null;
    try { stored = window.localStorage.getItem('od-large-text'); } catch (e) { stored = null; }
    function apply(on) {
      root.classList.toggle('large-text', on);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
    apply(stored === '1');
    button.hidden = false;
    button.addEventListener('click', function () {
      var on = !root.classList.contains('large-text');
      apply(on);
      try { window.localStorage.setItem('od-large-text', on ? '1' : '0'); } catch (e) { /* private mode */ }
    });
  }

  function setupSuggest(input, n) {
    var url = input.getAttribute('data-suggest');
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', '搜索建议');
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    var active = -1;
    var timer = null;
    var lastQuery = null;

    function options() { return list.querySelectorAll('[role=option]'); }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function highlight(i) {
      var opts = options();
      if (!opts.length) { return; }
      active = (i + opts.length) % opts.length;
      for (var k = 0; k < opts.length; k++) { opts[k].setAttribute('aria-selected', k === active ? 'true' : 'false'); }
      input.setAttribute('aria-activedescendant', opts[active].id);
    }
    function choose(text) {
      input.value = text;
      close();
      if (input.form) { input.form.submit(); }
    }
    function show(items) {
      list.textContent = '';
      items.forEach(function (text, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = text;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(text); });
        list.appendChild(li);
      });
      active = -1;
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }
    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) { return; }
      lastQuery = q;
      if (!q) { show([]); return; }
      fetch(url + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) { show(data.suggestions || []); } })
        .catch(function () { show([]); });
    }
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { if (list.hidden) { fetchSuggestions(); } else { highlight(active + 1); } e.preventDefault(); }
      else if (e.key === 'ArrowUp') { highlight(active - 1); e.preventDefault(); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0 && !list.hidden) { e.preventDefault(); choose(options()[active].textContent); }
    });
    input.addEventListener('blur', function () { window.setTimeout(close, 100); });
  }

  // On a phone the filters start folded so that the results come first; without scripts they stay open.
  function foldFilters() {
    var filters = document.querySelector('details.facets-toggle');
    if (filters && window.matchMedia('(max-width: 47.99rem)').matches) { filters.open = false; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupTextSize();
    foldFilters();
    var inputs = document.querySelectorAll('input[data-suggest]');
    for (var i = 0; i < inputs.length; i++) { setupSuggest(inputs[i], i); }
  });
})();
