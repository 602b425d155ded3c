-- The warehouse's own tables (staging and marts), for the demo summary.
select schema_name, table_name
from duckdb_tables()
where schema_name in ('staging', 'marts') and database_name = current_database()
order by schema_name, table_name;
