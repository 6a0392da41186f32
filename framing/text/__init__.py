"""The article layer, computed once per article and read by every analyzer:
character spans, paragraphs, sentences and words, direct quotations, voices (whose
words each word is), the Article itself and the readers that build it from files."""

from framing.text.article import Article, make_article
from framing.text.quotes import Quote, find_quotes
from framing.text.readers import SUFFIX_FORMATS, article_from_text, parse_article, read_article
from framing.text.spans import Span, WordCounter, trimmed
from framing.text.voices import Voices, find_voices

__all__ = ["Article", "Quote", "SUFFIX_FORMATS", "Span", "Voices", "WordCounter",
           "article_from_text", "find_quotes", "find_voices", "make_article", "parse_article",
           "read_article", "trimmed"]
