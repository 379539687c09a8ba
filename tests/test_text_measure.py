"""Wrapping text to a width (housestyle.ink.TextMeasure, wrap_words): greedy, exact, lean.

Titles, subtitles, notes, table cells, legend entries and facet titles are all wrapped
here. Each line must be as long as it can be (the next word would not fit: greedy, as
a reader expects), no longer than the width (but a word wider than the line), and the
words kept in order, whatever the text and the width. The widths are measured in about
two widths a line, not one a word: set_text costs a shaping pass each time.
"""

from __future__ import annotations

import random

import pytest
from matplotlib.font_manager import FontProperties

from housestyle.ink import TextMeasure, wrap_words

WORDS = [
    "the",
    "share",
    "of",
    "households",
    "in",
    "every",
    "region",
    "of",
    "England",
    "and",
    "Wales",
    "rose",
    "in",
    "2024",
    "most",
    "in",
    "the",
    "North",
    "East",
    "a",
    "I",
    "Llanfairpwllgwyngyll",
]


def _texts(seed: int, count: int) -> list[tuple[str, FontProperties, float]]:
    rng = random.Random(seed)
    return [
        (
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30))),
            FontProperties(family="DejaVu Sans", size=rng.choice((8, 11, 16))),
            rng.uniform(20, 400),
        )
        for _ in range(count)
    ]


def _assert_greedy(lines: list[str], words: list[str], measure, props, width) -> None:
    assert " ".join(lines).split() == words, "every word, in order"
    for line, following in zip(lines, lines[1:], strict=False):
        longer = f"{line} {following.split()[0]}"
        assert measure.width(longer, props) > width, f"{longer!r} fits: the line is too short"
    for line in lines:
        assert len(line.split()) == 1 or measure.width(line, props) <= width, line


@pytest.mark.parametrize("seed", [1, 2])
def test_wrap_words_makes_each_line_as_long_as_fits(seed):
    measure = TextMeasure(100)
    for text, props, width in _texts(seed, 150):
        lines = wrap_words(text, width, measure, props).split("\n")
        _assert_greedy(lines, text.split(), measure, props, width)


@pytest.mark.parametrize("seed", [3, 4])
def test_wrap_breaks_only_a_word_wider_than_the_line(seed):
    measure = TextMeasure(100)
    for text, props, width in _texts(seed, 150):
        lines = measure.wrap(text, props, width)
        assert all(measure.width(line, props) <= width or len(line) == 1 for line in lines)
        if all(measure.width(word, props) <= width for word in text.split()):
            _assert_greedy(lines, text.split(), measure, props, width)
        else:  # a word was broken between its characters: nothing lost
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_a_paragraph_is_measured_about_twice_a_line_not_once_a_word():
    measure = TextMeasure(100)
    props = FontProperties(family="DejaVu Sans", size=11)
    text = " ".join(WORDS[:20] * 3)  # 60 words
    lines = measure.wrap(text, props, 300)
    assert len(lines) >= 4
    assert len(measure._cache) <= 1 + 3 * len(lines) < len(text.split())


def test_line_breaks_written_in_the_text_are_kept():
    measure = TextMeasure(100)
    props = FontProperties(family="DejaVu Sans", size=11)
    assert measure.wrap("First line\nsecond", props, 500) == ["First line", "second"]
