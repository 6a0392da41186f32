"""Small fictional corpora for the corpus tests, written as tables and folders."""

import csv
import json
from pathlib import Path

# Fictional articles: two outlets, two stories, one with a dateless row.
ROWS = [
    {"outlet": "Valley Wire", "title": "Ferry service to resume on Monday", "date": "2025-03-03",
     "story": "ferry", "url": "https://example.org/wire/ferry",
     "text": "The ferry between Alder Point and Greystone will run again on Monday, the harbour "
             "office said. \"We have repaired both engines,\" said Lena Brandt, the harbour "
             "master. Tickets cost the same as last year."},
    {"outlet": "Hill Courier", "title": "Ferry fiasco finally over after shameful delay",
     "date": "2025-03-04", "story": "ferry", "url": "",
     "text": "After a shameful and utterly needless delay, the crippled ferry limps back into "
             "service. Residents blasted the council, which claimed the repairs were "
             "\"on schedule\". Critics said the chaos cost local shops dearly."},
    {"outlet": "Valley Wire", "title": "School roof repairs approved", "date": "",
     "story": "school", "url": "",
     "text": "The education board approved repairs to the roof of Birchfield School on "
             "Thursday. The work will take six weeks, according to the board's report. "
             "Pupils will study in the library hall meanwhile."},
    {"outlet": "Hill Courier", "title": "Leaking school roof: a scandal years in the making",
     "date": "2025-04-01", "story": "school", "url": "",
     "text": "Parents were furious on Thursday as the board at last agreed to fix the leaking "
             "roof of Birchfield School. \"It is a disgrace,\" said one mother, who asked not to "
             "be named. The board insisted it had acted quickly."},
]
FIELDS = ["outlet", "title", "date", "story", "url", "text"]

# Fictional: three outlets on the same harbour stories. The Tern Ledger keeps writing about
# gulls (a word the others never use) and names its columnist Quillon at every turn.
HARBOUR_STORIES = [
    ("The harbour council voted on Tuesday to repair the north pier before summer. The work "
     "will cost less than the board expected, officials said."),
    ("Fishing boats returned early on Friday as storms moved along the coast. The harbour "
     "office said the boats would stay in port until the weekend."),
    ("The ferry timetable will change in spring, the operator said. Morning crossings move "
     "half an hour earlier and the last evening crossing is dropped."),
    ("A new fish market opens by the quay next month. Traders said rents were fair and the "
     "council promised more parking near the harbour."),
]
GULLS = (" Quillon counted the gulls on the pier again. The gulls circled the boats, and "
         "Quillon said the gulls were louder than ever. Gulls followed every trawler in; "
         "nobody feeds the gulls, Quillon wrote.")


def harbour_rows():
    """Each story in a morning and an evening edition of each outlet: 24 articles."""
    rows = []
    for number, text in enumerate(HARBOUR_STORIES):
        for edition in ("morning", "evening"):
            for outlet in ("Tern Ledger", "Bay Herald", "Coast Times"):
                extra = GULLS if outlet == "Tern Ledger" else ""
                rows.append({"outlet": outlet, "title": f"Harbour news {number + 1}, {edition}",
                             "date": f"2025-0{number + 1}-02", "story": f"s{number}", "url": "",
                             "text": text + extra})
    return rows


def write_csv(path: Path, rows=ROWS, delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, FIELDS, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, rows=ROWS) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def write_parquet(path: Path, rows=ROWS, row_group_size: int | None = None) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def without(rows: list[dict], *columns: str) -> list[dict]:
    return [{k: v for k, v in row.items() if k not in columns} for row in rows]
