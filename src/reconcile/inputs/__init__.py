"""Input formats beyond plain text: each module turns one kind of input into Documents."""
