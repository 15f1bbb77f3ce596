"""Outlook .msg files for tests, written from the documented formats: no library writes them
(extract-msg and olefile only read), so this is a minimal writer of an OLE2 compound file
([MS-CFB] version 3: 512-byte sectors, a mini stream for streams under 4,096 bytes) holding a
message's property streams as [MS-OXMSG] lays them out (__substg1.0_XXXXYYYY streams, a
__properties_version1.0 stream of fixed-size properties, an __attach_version1.0_#N storage per
attachment). Invented content only."""

from __future__ import annotations

import struct
from datetime import datetime, timezone

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b""):
        self.name, self.kind, self.data = name, kind, data  # kind: 1 storage, 2 stream, 5 root
        self.children: list[_Entry] = []
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, 0


def _tree(entries: list[_Entry], index: dict[int, int]) -> int:
    """Siblings as a balanced binary search tree (by name length, then upper-case name)."""
    if not entries:
        return NOSTREAM
    entries = sorted(entries, key=lambda e: (len(e.name), e.name.upper()))
    mid = len(entries) // 2
    node = entries[mid]
    node.left = _tree(entries[:mid], index)
    node.right = _tree(entries[mid + 1:], index)
    return index[id(node)]


def compound_file(tree: dict) -> bytes:
    """A compound file of ``tree``: {name: bytes (a stream) or dict (a storage)}."""
    root = _Entry("Root Entry", 5)
    flat = [root]

    def add(parent: _Entry, items: dict):
        for name, value in items.items():
            entry = _Entry(name, 1 if isinstance(value, dict) else 2, b"" if isinstance(value, dict) else value)
            parent.children.append(entry)
            flat.append(entry)
            if isinstance(value, dict):
                add(entry, value)

    add(root, tree)
    index = {id(e): i for i, e in enumerate(flat)}
    for e in flat:
        e.child = _tree(e.children, index)

    # the mini stream: small streams in 64-byte mini sectors
    mini, minifat = bytearray(), []
    for e in flat:
        if e.kind == 2 and len(e.data) < CUTOFF:
            e.size = len(e.data)
            if not e.data:
                continue
            e.start = len(mini) // MINI
            n = -(-len(e.data) // MINI)
            minifat += [e.start + k + 1 for k in range(n - 1)] + [END]
            mini += e.data + b"\0" * (n * MINI - len(e.data))

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        if not data:
            return END
        start = len(sectors)
        n = -(-len(data) // SECTOR)
        for k in range(n):
            sectors.append(data[k * SECTOR:(k + 1) * SECTOR].ljust(SECTOR, b"\0"))
        fat.extend([start + k + 1 for k in range(n - 1)] + [END])
        return start

    for e in flat:
        if e.kind == 2 and len(e.data) >= CUTOFF:
            e.start, e.size = place(e.data), len(e.data)
    root.start, root.size = place(bytes(mini)), len(mini)
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    if minifat_bytes:
        minifat_bytes += struct.pack("<I", FREE) * ((-len(minifat)) % (SECTOR // 4))
    first_minifat = place(minifat_bytes)
    n_minifat = len(minifat_bytes) // SECTOR

    dir_bytes = bytearray()
    for e in flat:
        name = e.name.encode("utf-16-le") + b"\0\0"
        dir_bytes += struct.pack("<64sHBBIII16sIQQIII", name, len(name), e.kind, 1, e.left, e.right, e.child,
                                 b"\0" * 16, 0, 0, 0, e.start, e.size, 0)
    dir_bytes += b"\0" * ((-len(dir_bytes)) % SECTOR)
    for k in range(len(dir_bytes) // 128 - len(flat)):  # unused entries: empty, no siblings
        off = (len(flat) + k) * 128
        dir_bytes[off + 68:off + 80] = struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
    first_dir = place(bytes(dir_bytes))

    n_fat = 1
    while (len(sectors) + n_fat) > n_fat * (SECTOR // 4):
        n_fat += 1
    fat_start = len(sectors)
    fat.extend([FATSECT] * n_fat)
    fat.extend([FREE] * (n_fat * (SECTOR // 4) - len(fat)))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    sectors.extend(fat_bytes[k * SECTOR:(k + 1) * SECTOR] for k in range(n_fat))

    difat = [fat_start + k for k in range(n_fat)] + [FREE] * (109 - n_fat)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\0" * 6, 0, n_fat, first_dir, 0, CUTOFF,
                         first_minifat if n_minifat else END, n_minifat, END, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    return header + b"".join(sectors)


def _unicode(prop: int, text: str) -> tuple[str, bytes]:
    return f"__substg1.0_{prop:04X}001F", text.encode("utf-16-le")


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10_000_000)


def write_msg(subject: str, body: str, sent: datetime, attachments: list[tuple[str, bytes]] = (),
              sender: str = "Registrator") -> bytes:
    """An Outlook message: subject, plain-text body, sender, submit time and attachments (by value)."""
    tree: dict = dict([_unicode(0x0037, subject), _unicode(0x1000, body), _unicode(0x0C1A, sender),
                       _unicode(0x001A, "IPM.Note")])
    # fixed-size properties: a 32-byte header (counts), then tag, flags, 8-byte value each
    props = struct.pack("<8sIIII8s", b"", 0, len(attachments), 0, len(attachments), b"")
    props += struct.pack("<IIQ", 0x00390040, 6, _filetime(sent))  # PidTagClientSubmitTime
    props += struct.pack("<IIQ", 0x0E060040, 6, _filetime(sent))  # PidTagMessageDeliveryTime
    tree["__properties_version1.0"] = props
    tree["__nameid_version1.0"] = {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"",
                                   "__substg1.0_00040102": b""}
    for i, (filename, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{i:08X}"] = {
            "__substg1.0_3707001F": filename.encode("utf-16-le"),
            "__substg1.0_3704001F": filename[:8].encode("utf-16-le"),
            "__substg1.0_37010102": data,
            "__properties_version1.0": struct.pack("<8s", b"") + struct.pack("<IIQ", 0x37050003, 6, 1),
        }
    return compound_file(tree)
