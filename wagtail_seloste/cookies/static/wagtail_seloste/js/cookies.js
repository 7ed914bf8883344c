/* wagtail-seloste: progressive enhancement of the cookie banner.
 *
 * Without this script the banner is a plain form that posts and redirects back. With it the
 * choice is posted in the background: the banner stays until the server has saved the
 * choice, the snippets of accepted categories run at once (no reload), focus moves to the
 * main content, and a failed request shows a message in the banner instead of failing
 * silently.
 */
(function () {
    "use strict";

    function activate(category) {
        var templates = document.querySelectorAll("template[data-seloste-consent]");
        Array.prototype.forEach.call(templates, function (template) {
            if (template.getAttribute("data-seloste-consent") !== category) {
                return;
            }
            var fragment = document.importNode(template.content, true);
            // Scripts copied from a <template> do not run; new script elements do.
            Array.prototype.forEach.call(fragment.querySelectorAll("script"), function (old) {
                var script = document.createElement("script");
                Array.prototype.forEach.call(old.attributes, function (attribute) {
                    script.setAttribute(attribute.name, attribute.value);
                });
                script.async = false;
                script.text = old.textContent;
                old.parentNode.replaceChild(script, old);
            });
            template.parentNode.replaceChild(fragment, template);
        });
    }

    function focusMain() {
        var main = document.querySelector("main, [role=main]") || document.body;
        if (!main.hasAttribute("tabindex")) {
            main.setAttribute("tabindex", "-1");
        }
        main.focus();
    }

    function enhance(banner) {
        var form = banner.querySelector("form");
        if (!form || !window.fetch || !window.FormData) {
            return;
        }
        var error = banner.querySelector("[data-seloste-error]");
        var status = document.querySelector("[data-seloste-status]");
        var buttons = form.querySelectorAll("button");

        function setBusy(busy) {
            Array.prototype.forEach.call(buttons, function (button) {
                button.disabled = busy;
            });
            form.setAttribute("aria-busy", busy ? "true" : "false");
        }

        form.addEventListener("submit", function (event) {
            var submitter = event.submitter;
            if (!submitter || submitter.name !== "action") {
                return; // an old browser: let the form post normally
            }
            event.preventDefault();
            var data = new FormData(form);
            data.append(submitter.name, submitter.value);
            error.textContent = "";
            setBusy(true);
            // getAttribute: form.action is shadowed by the buttons named "action".
            fetch(form.getAttribute("action"), {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: { "Accept": "application/json", "X-Requested-With": "XMLHttpRequest" }
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("HTTP " + response.status);
                    }
                    return response.json();
                })
                .then(function (result) {
                    (result.accepted || []).forEach(activate);
                    banner.parentNode.removeChild(banner);
                    if (status) {
                        status.textContent = status.getAttribute("data-message");
                    }
                    focusMain();
                })
                .catch(function () {
                    setBusy(false);
                    error.textContent = error.getAttribute("data-message");
                    submitter.focus();
                });
        });
    }

    var banner = document.querySelector("[data-seloste-banner]");
    if (banner) {
        enhance(banner);
    }
})();
