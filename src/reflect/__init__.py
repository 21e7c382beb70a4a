"""reflect: guided, private self-reflection in the terminal."""

__version__ = "0.1.0"
