"""Encrypted PDFs for the reader tests: the standard security handler, RC4 of 40 bits
(``/V 1 /R 2``, ISO 32000-1, 7.6.3), an owner password and no user password, so that the
file opens without one, as many a published PDF does (printing or copying forbidden)."""

from __future__ import annotations

import hashlib

#: The padding that a password is completed with (ISO 32000-1, 7.6.3.3, step a).
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
#: The file's first identifier, which the key is made from.
FILE_ID = bytes(range(16))
#: The permissions: nothing but viewing.
PERMISSIONS = -64


def rc4(key: bytes, data: bytes) -> bytes:
    """``data`` encrypted (or decrypted) by RC4 with ``key``."""
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


class StandardRC4:
    """The keys of a PDF encrypted with RC4 of 40 bits, the user password empty."""

    def __init__(self, owner: bytes = b"owner") -> None:
        self.owner = rc4(hashlib.md5((owner + PAD)[:32]).digest()[:5], PAD)
        permissions = (PERMISSIONS & 0xFFFFFFFF).to_bytes(4, "little")
        self.key = hashlib.md5(PAD + self.owner + permissions + FILE_ID).digest()[:5]

    def encrypt(self, number: int, data: bytes) -> bytes:
        """``data`` of object ``number`` (generation 0) encrypted."""
        key = hashlib.md5(self.key + number.to_bytes(3, "little") + bytes(2)).digest()[:10]
        return rc4(key, data)

    def dictionary(self) -> bytes:
        """The ``/Encrypt`` dictionary."""
        return b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
            self.owner.hex().encode(), rc4(self.key, PAD).hex().encode(), PERMISSIONS,
        )  # fmt: skip

    @staticmethod
    def trailer() -> bytes:
        """What the trailer (or the xref stream's dictionary) adds: the file's identifiers."""
        return b" /ID [<%s> <%s>]" % (FILE_ID.hex().encode(), FILE_ID.hex().encode())
