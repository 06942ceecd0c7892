"use strict";

// The preview's only script. The application calls these functions; the post's content is
// inserted as HTML that has already had raw HTML and unsafe links removed by the renderer,
// and the page's Content-Security-Policy keeps any inline script or handler from running.
window.digestPreview = {
    setContent(html) {
        const content = document.getElementById("content");
        content.innerHTML = html;
        return content.childElementCount;
    },
    setTheme(name) {
        document.documentElement.dataset.theme = name === "dark" ? "dark" : "light";
    },
};
