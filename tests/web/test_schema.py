"""Schemathesis against the generated OpenAPI document: no server errors, and every response
as the document declares it. Bounded examples per operation, so CI stays fast."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from newsclaims.model import Analysis
from newsclaims.web import create_app

#: Examples per API operation.
EXAMPLES = 25


def test_api_schema_holds(tmp_path: Path, make_analysis: Callable[..., Analysis]) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'schema.db'}", token="s3cret")
    app.state.store.add(
        make_analysis("Mayor Ana Ruiz said the library in Dunmore would open in June.")
    )
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() != "GET":
            continue  # writes run the model; test_api covers them

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            response = case.call()
            assert response.status_code < 500, (case.path, response.text)
            # Cursors are opaque: a well-formed but forged one is refused (E404) by design.
            case.validate_response(response, excluded_checks=[positive_data_acceptance])

        run()
        checked.append(operation.path)
    assert {"/api/articles", "/api/claims", "/api/timeline", "/api/search"} <= set(checked)
