"""Homework between a counselor and a client: signing hand-ins, the counselor's list of known
clients, the inbox and the printable views of a hand-in."""
