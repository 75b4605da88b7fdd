// htmx requests carry the page's CSRF token (Spring Security checks it on every change).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// A file input with data-max-bytes refuses a larger file as soon as it is chosen, with the
// page's own message, so a citizen does not upload megabytes only to be told afterwards.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
    return;
  }
  var tooLarge = Array.prototype.some.call(input.files, function (file) {
    return file.size > Number(input.dataset.maxBytes);
  });
  input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
  if (tooLarge) {
    input.reportValidity();
  }
});

// A select with data-submit-on-change sends its form as soon as a choice is made (no inline
// handlers: the Content-Security-Policy allows only scripts from our own files).
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field instanceof HTMLSelectElement && field.hasAttribute('data-submit-on-change') && field.form) {
    field.form.requestSubmit();
  }
});
