from hypothesis import given
from hypothesis import strategies as st

from docparse.document import OffsetMap, TextBuilder


@given(st.text(min_size=1, max_size=200), st.data())
def test_builder_map_round_trips_on_copied_text(source, data):
    cuts = sorted(data.draw(st.lists(st.integers(0, len(source)), min_size=2, max_size=8)))
    builder = TextBuilder(source)
    for a, b in zip(cuts, cuts[1:]):
        builder.copy(a, b)
        builder.insert("XY")
    text, offsets = builder.build()
    pos = 0
    for a, b in zip(cuts, cuts[1:]):
        for k in range(b - a):
            assert text[pos + k] == source[a + k]
            assert offsets.to_source(pos + k) == a + k
            assert offsets.from_source(a + k) == pos + k
        pos += (b - a) + 2


def test_composed_maps():
    first = OffsetMap([(0, 0, 3), (3, 5, 3)])  # "abc" + "fgh" from "abcdefgh"
    second = OffsetMap([(0, 3, 3)])  # "fgh" from "abcfgh"
    both = second.then(first)
    assert both.to_source(0) == 5
    assert both.from_source(6) == 1
