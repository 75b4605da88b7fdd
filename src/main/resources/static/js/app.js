// htmx requests carry the page's CSRF token (Spring Security checks it on every change).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
