/*
 * The page behaviour that is not a PrimeFaces component's: bound here rather than in inline handlers,
 * which the Content-Security-Policy (PrimeFaces' CSP mode: scripts only from this site or with the
 * page's nonce) does not run.
 */
document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-action]') : null;
    if (!target) {
        return;
    }
    var action = target.getAttribute('data-action');
    if (action === 'print') {
        window.print();
    } else if (action === 'refresh-captcha') {
        event.preventDefault();
        var image = document.getElementById(target.getAttribute('data-image'));
        image.src = target.getAttribute('data-src') + '?' + Date.now();
    }
});
