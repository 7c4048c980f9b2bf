"""Storage: SQLAlchemy 2 ORM, Alembic migrations, repositories and the unit of work."""
