"""Taking a person through a question set: the session's state machine, the loop, support lines."""
