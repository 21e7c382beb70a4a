"""A shareable story: the draft built from chosen answers, and the person's redactions."""
