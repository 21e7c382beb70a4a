"""The sixth anonymizer corpus (a package so mypy names its build/validate modules apart)."""
