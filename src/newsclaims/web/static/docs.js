// The REST API's docs, drawn by the Swagger UI shipped with the package (no CDN).
window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  // eslint-disable-next-line no-undef
  SwaggerUIBundle({ url: root.dataset.spec, dom_id: "#swagger-ui", deepLinking: true });
});
