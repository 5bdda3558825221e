// Scalar's custom configuration module (WithJavaScriptConfiguration), imported by its nonced start script
// at /docs: no settings, but the page names its language (the API reference is in English), which
// Scalar's page leaves out and screen readers need.
document.documentElement.lang = "en";

export default {};
