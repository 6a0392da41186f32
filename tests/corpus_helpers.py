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
