"""Asset checks: every stored table is validated against its pandera schema (transforms/schemas.py).

Checks are blocking, so a table that fails its schema stops the assets downstream of it; the failure
cases (first rows) are in the check's metadata.
"""


from dagster import AssetCheckResult, AssetCheckSeverity, AssetChecksDefinition, AssetKey, MetadataValue, asset_check
from dagster_duckdb import DuckDBResource
from pandera.errors import SchemaErrors

from transforms.schemas import SCHEMAS

MAX_FAILURE_ROWS = 20


def pandera_check(table: str) -> AssetChecksDefinition:
    """A blocking check that validates the whole ``table`` with its pandera schema."""
    schema_name, table_name = table.split(".")

    @asset_check(
        asset=AssetKey([schema_name, table_name]),
        name="pandera_schema",
        blocking=True,
        description=f"{table} matches its pandera schema (types, allowed values, unique key).",
    )
    def _check(duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as conn:
            frame = conn.table(table).df()
        try:
            SCHEMAS[table].validate(frame, lazy=True)
        except SchemaErrors as errors:
            cases = errors.failure_cases
            return AssetCheckResult(
                passed=False,
                severity=AssetCheckSeverity.ERROR,
                metadata={
                    "rows_checked": len(frame),
                    "failure_count": len(cases),
                    "failure_cases": MetadataValue.md(
                        cases.head(MAX_FAILURE_ROWS).astype(str).to_markdown(index=False)
                    ),
                },
            )
        return AssetCheckResult(passed=True, metadata={"rows_checked": len(frame)})

    return _check


TABLE_CHECKS = [pandera_check(table) for table in SCHEMAS]
