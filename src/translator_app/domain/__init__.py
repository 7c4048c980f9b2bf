"""The domain core: plain data and rules, no Qt, no SQLAlchemy, no I/O."""
