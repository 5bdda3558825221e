// Scalar's API reference at /docs is in English but its page names no language: screen readers need one.
document.documentElement.lang = "en";
