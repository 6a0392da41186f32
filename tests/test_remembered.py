from framing.text.remembered import Remembered


def test_a_word_is_worked_out_once_and_the_full_table_starts_afresh():
    calls: list[str] = []

    def work_out(word: str) -> int:
        calls.append(word)
        return len(word)

    table = Remembered(work_out, limit=3)
    assert [table[w] for w in ("ferry", "ferry", "dock", "pier")] == [5, 5, 4, 4]
    assert calls == ["ferry", "dock", "pier"] and len(table) == 3
    assert table["quay"] == 4  # a fourth word: the table starts afresh, then keeps it
    assert list(table) == ["quay"]
    assert table.get("ferry") is None  # get() reports, it does not work out
