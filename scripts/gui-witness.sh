# Sourced by the crash and concurrency proofs when WITH_GUI=1: a real Loket GUI
# (offscreen) holds the database open, at its login dialog, while the other processes
# open, write, close and get killed around it. Its background integrity check runs at
# once and its daily backup after five seconds. At the
# end it must still hold SQLite's locks on the file and its -shm, and none of the files
# it has open may have been deleted (the loss of issue 21).

gui_start() { # DB LOKET WORK
    local db="$1"
    gui_loket="$2"
    gui_work="$3"
    mkdir -p "$gui_work/gui-config" "$gui_work/gui-runtime"
    chmod 700 "$gui_work/gui-runtime"
    # LOKET_CHECK_LATER_ABOVE=0: the GUI runs its background integrity check (a second
    # connection in the same process) on this small file too.
    LOKET_CHECK_LATER_ABOVE=0 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$gui_work/gui-config" XDG_RUNTIME_DIR="$gui_work/gui-runtime" \
        "$gui_loket" --db "$db" >"$gui_work/gui.out" 2>&1 &
    gui_pid=$!
    local ino
    for _ in $(seq 1 200); do
        if [[ -e "$db-shm" ]]; then
            ino=$(stat -c %i "$db-shm")
            grep -qE " $gui_pid [0-9a-f]+:[0-9a-f]+:$ino " /proc/locks && return 0
        fi
        sleep 0.1
    done
    echo "the GUI did not open $db" >&2
    cat "$gui_work/gui.out" >&2
    return 1
}

# Prints what the GUI holds; fails when a lock is gone or a file was deleted under it.
gui_check() { # DB
    local db="$1" failed=0 name ino n
    if ! kill -0 "$gui_pid" 2>/dev/null; then
        echo "the GUI process is gone" >&2
        cat "$gui_work/gui.out" >&2
        return 1
    fi
    for name in "$db" "$db-shm"; do
        if [[ ! -e "$name" ]]; then
            echo "GUI: $name no longer exists" >&2
            failed=1
            continue
        fi
        ino=$(stat -c %i "$name")
        n=$(grep -cE " $gui_pid [0-9a-f]+:[0-9a-f]+:$ino " /proc/locks || true)
        if [[ "$n" -lt 1 ]]; then
            echo "GUI: holds no lock on $name any more" >&2
            failed=1
        fi
    done
    if ls -l "/proc/$gui_pid/fd" 2>/dev/null | grep -F "$db" | grep -q '(deleted)'; then
        echo "GUI: files it has open were deleted:" >&2
        ls -l "/proc/$gui_pid/fd" | grep -F "$db" >&2
        failed=1
    fi
    [[ $failed -eq 0 ]] && echo "GUI process $gui_pid: still holds its locks on the file and its -shm, no file deleted under it"
    return $failed
}

gui_stop() {
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
}
