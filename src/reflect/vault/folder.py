"""The files of a vault folder: entries and drafts, the index, the small authenticated files,
all encrypted; and the writers' lock. What unlocking and creating need is in ``core``.

Writing needs only the public recipient; reading needs the unlocked identity. The recipient a
locked write goes to is the one this device pinned (``reflect.vault.device``), never whatever
vault.json says today: vault.json is in the folder, and anyone who can write there could
point new answers at their own key.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Iterator
from pathlib import Path

from reflect.errors import DamagedError, NeedsUnlockError, TamperedError
from reflect.vault import age, files
from reflect.vault.device import NOT_PINNED, DeviceState
from reflect.vault.files import (
    atomic_write,
    ensure_private_dir,
    remove_durably,
    sweep_temp_files,
    write_lock,
)
from reflect.vault.keys import Keys
from reflect.vault.layout import FOLDERS, INDEX_NAME, Folder, VaultMeta


class VaultFolder:
    """A vault folder and what this device knows of it; every encrypted read and write."""

    def __init__(self, home: Path, meta: VaultMeta, device: DeviceState) -> None:
        self.home = home
        self.meta = meta
        self.device = device
        self.meta_missing = False  # vault.json was gone; rebuilt from the pin at the next unlock
        self._swept = False

    # ---- the pin: what this device trusts -----------------------------------------------------

    @property
    def write_recipient(self) -> str:
        """Where a locked write goes: the pinned recipient, whatever vault.json says."""
        if self.device.pin is None:
            raise NeedsUnlockError(NOT_PINNED)
        return self.device.pin.recipient

    @property
    def recipient_mismatch(self) -> bool:
        """vault.json names another key than the pin (it was changed in the folder)."""
        pin = self.device.pin
        return pin is not None and pin.recipient != self.meta.recipient

    def _encrypt_to_file(self, path: Path, recipient: str, plaintext: bytes) -> bytes:
        """The one way a vault file is written: encrypted to ``recipient``, replaced whole
        (atomically). Returns the ciphertext."""
        ciphertext = age.encrypt_to([recipient], plaintext)
        atomic_write(path, ciphertext)
        return ciphertext

    # ---- encrypted files -------------------------------------------------------------------

    def path_for(self, folder: Folder, entry_id: str) -> Path:
        return self.home / folder / f"{entry_id}.age"

    def ids_in(self, folder: Folder) -> list[str]:
        return sorted(self.scan(folder))

    def scan(self, folder: Folder) -> dict[str, os.stat_result]:
        """Each file's id and stat, in one directory pass (the unlock's hot path)."""
        found: dict[str, os.stat_result] = {}
        try:
            with os.scandir(self.home / folder) as listing:
                for item in listing:
                    name = item.name
                    if name.endswith(".age") and not name.startswith("."):
                        try:
                            if not item.is_file(follow_symlinks=False):
                                continue  # a link, a pipe or a folder is no entry: never opened
                            found[name[:-4]] = item.stat(follow_symlinks=False)
                        except FileNotFoundError:  # removed while we listed
                            continue
        except FileNotFoundError:
            pass
        return found

    def write(self, folder: Folder, entry_id: str, plaintext: bytes) -> bytes:
        """Encrypt to the pinned recipient and save atomically; needs no passphrase.

        Takes no lock: each file is replaced whole by a rename, so it needs none, and a
        session's answer must never wait on (or be lost to) another process holding the
        lock to rewrite the index. Returns the ciphertext, for the manifest.
        """
        ensure_private_dir(self.home / folder)
        return self._encrypt_to_file(
            self.path_for(folder, entry_id), self.write_recipient, plaintext
        )

    def read_ciphertext(self, folder: Folder, entry_id: str) -> bytes:
        return files.read_regular(self.path_for(folder, entry_id))

    def remove(self, folder: Folder, entry_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            remove_durably(self.path_for(folder, entry_id))

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writers' lock. The first time in a process, clear temp files a crashed
        writer left behind (only old ones: a live writer of a draft holds no lock)."""
        with write_lock(self.home):
            if not self._swept:
                sweep_temp_files(self.home, *(self.home / f for f in FOLDERS))
                self._swept = True
            yield

    # ---- the index (encrypted cache + authenticated manifest) -------------------------------

    def read_index(self, keys: Keys) -> memoryview | None:
        """The index payload, or None if it is missing, damaged or not written by this key.

        A view, not a copy: the payload is tens of megabytes in a large journal."""
        try:
            ciphertext = files.read_regular(self.home / INDEX_NAME)
            plaintext = keys.decrypt(ciphertext)
        except (OSError, age.AgeError):
            return None
        end_of_tag = plaintext.find(b"\n")
        payload = memoryview(plaintext)[end_of_tag + 1 :]
        if end_of_tag < 0 or not keys.verify(
            payload, plaintext[:end_of_tag].decode("ascii", "replace")
        ):
            return None
        return payload

    def index_exists(self) -> bool:
        return (self.home / INDEX_NAME).exists()

    def index_stamp(self) -> tuple[int, int, int] | None:
        """Identifies the index file's current version (it is replaced, never edited)."""
        try:
            stat = (self.home / INDEX_NAME).stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_size, stat.st_ctime_ns)

    def write_index_locked(self, keys: Keys, payload: bytes) -> None:
        """Save the index; the caller holds the lock (it read the state it is writing)."""
        sealed = keys.mac(payload).encode("ascii") + b"\n" + payload
        self._encrypt_to_file(self.home / INDEX_NAME, keys.identity.recipient, sealed)

    # ---- small authenticated files (devices, the always-redact list, question sets) ----------

    def write_authenticated(self, keys: Keys, name: str, purpose: str, payload: bytes) -> None:
        with self.locked():
            self.write_authenticated_locked(keys, name, purpose, payload)

    def write_authenticated_locked(
        self, keys: Keys, name: str, purpose: str, payload: bytes
    ) -> None:
        """Encrypted to the vault and tagged with a MAC keyed from its identity: anyone can
        encrypt to the public key, only the unlocked vault can make the tag."""
        tag = keys.file_mac(purpose, payload).encode("ascii")
        ensure_private_dir((self.home / name).parent)
        self._encrypt_to_file(self.home / name, keys.identity.recipient, tag + b"\n" + payload)

    def read_authenticated(self, keys: Keys, name: str, purpose: str) -> bytes | None:
        """The payload, None if the file does not exist, TamperedError if it fails its check."""
        try:
            ciphertext = files.read_regular(self.home / name)
        except FileNotFoundError:
            return None
        except OSError:
            raise TamperedError(f"{self.home / name} is not a file, so it was not used.") from None
        try:
            plaintext = keys.decrypt(ciphertext)
        except age.AgeError:
            raise TamperedError(
                f"{self.home / name} cannot be decrypted with this vault's key, so it was not used."
            ) from None
        tag, newline, payload = plaintext.partition(b"\n")
        if not newline or not hmac.compare_digest(
            keys.file_mac(purpose, payload).encode("ascii"), tag
        ):
            raise TamperedError(
                f"{self.home / name} failed its check: it was not written by this vault, "
                "so it was not used."
            )
        return payload

    # ---- small private files written by reflect 0.1 (no tag) --------------------------------

    def write_private(self, name: str, plaintext: bytes) -> None:
        with self.locked():
            self._encrypt_to_file(self.home / name, self.write_recipient, plaintext)

    def read_private(self, keys: Keys, name: str) -> bytes | None:
        try:
            ciphertext = files.read_regular(self.home / name)
        except FileNotFoundError:
            return None
        except OSError:
            raise DamagedError(f"{self.home / name} is not a file.") from None
        try:
            return keys.decrypt(ciphertext)
        except age.AgeError:
            raise DamagedError(f"{self.home / name} is damaged and cannot be decrypted.") from None

    # ---- reporting -------------------------------------------------------------------------

    def file_count(self, folder: Folder) -> int:
        return len(self.ids_in(folder))

    def insecure_permissions(self) -> list[Path]:
        """Vault files readable or writable by others (a copied or restored vault, say)."""
        found = []
        for path in [self.home, *self.home.rglob("*")]:
            mode = path.stat().st_mode & 0o777
            if mode & 0o077:
                found.append(path)
        return found
