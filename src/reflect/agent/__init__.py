"""The opt-in unlock agent: one scrypt per sitting on the command line.

`reflect unlock` starts a small per-user process that holds the vault's unlocked identity in
memory for a while (10 minutes unless told otherwise); every later command that needs the vault
unlocked asks it first, so it costs no passphrase and no scrypt. `reflect lock` ends it at once.

Who can reach it (the trade-off is written out in the README and docs/agent.md):
- it listens on a unix socket, mode 0600, in a folder of the runtime directory
  (``platformdirs.user_runtime_dir``) that must be this user's and 0700;
- it answers only a peer whose uid (SO_PEERCRED) is its own, and the client checks the same of
  the agent before it believes anything it says;
- it never writes the identity anywhere: it arrives over the socket, not argv or the
  environment, and the process refuses core dumps and ptrace (PR_SET_DUMPABLE);
- it ends by itself at its deadline, when its socket disappears (the runtime directory is
  removed at logout) or at `reflect lock`.

The protocol is one JSON line each way per connection. ``reflect.agent.client`` is the client,
``reflect.agent.server`` the agent. This module holds only what the command line needs at
start-up.
"""

DEFAULT_MINUTES = 10
MAX_MINUTES = 12 * 60
