"""Internals of the prompt-set format. Import from :mod:`reflect.prompts`, the public face."""
