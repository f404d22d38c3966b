// Suggestions as you type for search boxes marked data-suggest. Without JavaScript they stay plain search boxes
// that submit to the results page; with it, a native <datalist> offers guidance titles (keyboard accessible).
(function () {
  'use strict';

  function attach(input) {
    var list = document.createElement('datalist');
    list.id = input.id + '-suggestions';
    input.insertAdjacentElement('afterend', list);
    input.setAttribute('list', list.id);
    input.setAttribute('autocomplete', 'off');
    var timer = null;
    var latest = 0;

    function show(suggestions) {
      list.replaceChildren.apply(list, suggestions.map(function (suggestion) {
        var option = document.createElement('option');
        option.value = suggestion.title;
        return option;
      }));
    }

    // Guidance titles are no help to someone searching their cases with the header box's "Cases" choice.
    function searchingCases() {
      var scope = input.form && input.form.elements['in'];
      return scope && scope.value === 'cases';
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var typed = input.value.trim();
      if (typed.length < 2 || searchingCases()) {
        show([]);
        return;
      }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch(input.dataset.suggest + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (body) {
            if (ticket === latest) {
              show(body.suggestions || []);
            }
          })
          .catch(function () { /* suggestions are a nicety: the search box works without them */ });
      }, 150);
    });
  }

  document.querySelectorAll('input[data-suggest]').forEach(attach);
})();
