"""The encrypted vault: age files, atomic IO and the writers' lock. Only this package touches
encrypted bytes."""

from reflect.vault.core import FOLDERS, Folder, Keys, Vault, VaultMeta, check_new_passphrase

__all__ = ["FOLDERS", "Folder", "Keys", "Vault", "VaultMeta", "check_new_passphrase"]
