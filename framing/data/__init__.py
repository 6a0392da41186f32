"""Data files shipped with framing: lexicons and word lists, each with a header naming its source and licence."""
