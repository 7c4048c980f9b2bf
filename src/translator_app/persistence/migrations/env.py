"""Alembic environment: the app hands over an open connection (no alembic.ini, no URL in a file)."""

from alembic import context

from translator_app.persistence.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
