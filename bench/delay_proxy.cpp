// delay_proxy: a network delay for the benchmark where the machine has no `tc qdisc ...
// netem` (docs/performance.md). Listens on 127.0.0.1:PORT and relays each connection to
// a server's Unix socket, holding every chunk of bytes for DELAY microseconds in each
// direction before passing it on, in order: a round trip then costs 2 x DELAY more, as
// over a network with that delay each way (bandwidth and loss are not modelled).
//
//   delay_proxy 55456 /tmp/pgspeed/.s.PGSQL.55455 500     # 1 ms RTT
//   loket_bench --server "host=127.0.0.1 port=55456 user=postgres dbname=loket_test"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes; // empty: the sender closed
};

// One direction of a connection: a reader stamps each chunk as it arrives, a writer
// passes it on once its delay is over.
class Direction
{
public:
    Direction(int from, int to, std::chrono::microseconds delay) : m_from(from), m_to(to), m_delay(delay) {}

    void run()
    {
        std::thread writer([this] { write(); });
        std::vector<char> buffer(1 << 16);
        for (;;) {
            const ssize_t n = ::read(m_from, buffer.data(), buffer.size());
            Chunk chunk{Clock::now() + m_delay, n > 0 ? std::vector<char>(buffer.begin(), buffer.begin() + n) : std::vector<char>()};
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_queue.push_back(std::move(chunk));
            }
            m_ready.notify_one();
            if (n <= 0)
                break;
        }
        writer.join();
    }

private:
    void write()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty(); });
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            std::this_thread::sleep_until(chunk.due);
            if (chunk.bytes.empty()) {
                ::shutdown(m_to, SHUT_WR);
                return;
            }
            size_t sent = 0;
            while (sent < chunk.bytes.size()) {
                const ssize_t n = ::write(m_to, chunk.bytes.data() + sent, chunk.bytes.size() - sent);
                if (n <= 0)
                    return;
                sent += size_t(n);
            }
        }
    }

    int m_from;
    int m_to;
    std::chrono::microseconds m_delay;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_queue;
};

void relay(int client, std::string target, std::chrono::microseconds delay)
{
    const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, target.c_str(), sizeof(address.sun_path) - 1);
    if (::connect(server, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        std::perror("delay_proxy: connect");
        ::close(client);
        ::close(server);
        return;
    }
    Direction up(client, server, delay), down(server, client, delay);
    std::thread back([&] { down.run(); });
    up.run();
    back.join();
    ::close(client);
    ::close(server);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: delay_proxy PORT UNIX-SOCKET DELAY-MICROSECONDS-EACH-WAY\n");
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const std::string target = argv[2];
    const std::chrono::microseconds delay(std::atol(argv[3]));
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 || ::listen(listener, 16) != 0) {
        std::perror("delay_proxy: listen");
        return 1;
    }
    std::fprintf(stderr, "delay_proxy: 127.0.0.1:%d -> %s, %ld us each way\n", port, target.c_str(), long(delay.count()));
    for (;;) {
        const int client = ::accept(listener, nullptr, nullptr);
        if (client < 0)
            continue;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
        std::thread(relay, client, target, delay).detach();
    }
}
