// The database dialog's encryption (issue 16): what each sslmode means, and a TLS failure
// explained in Indonesian, both in "Uji sambungan" (ServerCheck) and when Loket opens the
// database. The server's first answer is played by a stand-in on the loopback address:
// PostgreSQL answers a client's SSLRequest with one byte, 'N' (no TLS) or 'S'.
#include "storage/Database.h"
#include "storage/DatabaseForm.h"
#include "storage/ServerAddress.h"
#include "storage/ServerCheck.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

class FirstByteServer final
{
public:
    explicit FirstByteServer(char answer) : m_answer(answer)
    {
        m_fd = socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        REQUIRE(listen(m_fd, 8) == 0);
        socklen_t size = sizeof address;
        REQUIRE(getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &size) == 0);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~FirstByteServer()
    {
        m_stop = true;
        m_thread.join();
        close(m_fd);
    }
    int port() const { return m_port; }

private:
    static bool readRequest(int client, quint32 *code)
    {
        unsigned char bytes[8];
        size_t got = 0;
        while (got < sizeof bytes) {
            pollfd p{client, POLLIN, 0};
            if (poll(&p, 1, 3000) <= 0)
                return false;
            const ssize_t n = read(client, bytes + got, sizeof bytes - got);
            if (n <= 0)
                return false;
            got += size_t(n);
        }
        *code = (quint32(bytes[4]) << 24) | (quint32(bytes[5]) << 16) | (quint32(bytes[6]) << 8) | bytes[7];
        return true;
    }
    void serve()
    {
        // At most a few clients, for at most a few seconds each: the test's own.
        for (int served = 0; !m_stop && served < 16;) {
            pollfd p{m_fd, POLLIN, 0};
            if (poll(&p, 1, 100) <= 0)
                continue;
            const int client = accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            ++served;
            quint32 code = 0;
            if (readRequest(client, &code) && code == 80877104) { // GSSENCRequest: no
                const char no = 'N';
                (void)write(client, &no, 1);
                (void)readRequest(client, &code);
            }
            if (code == 80877103) { // SSLRequest
                (void)write(client, &m_answer, 1);
                char sink[256];
                pollfd c{client, POLLIN, 0};
                while (poll(&c, 1, 2000) > 0 && read(client, sink, sizeof sink) > 0) {
                }
            }
            close(client);
        }
    }

    char m_answer;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

QString addressOf(const FirstByteServer &server, const QString &more)
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=loket user=loket gssencmode=disable connect_timeout=5 ").arg(server.port()) + more;
}

// Both ways a PC meets the server, "Uji sambungan" and opening the database, give `reason`.
void checkRefused(const QString &location, const QString &reason)
{
    const Result<ServerCheck::Report> tested = ServerCheck::test(ServerAddress::parse(location).value(), QString());
    REQUIRE_FALSE(tested.ok());
    INFO(tested.error().toStdString());
    CHECK(tested.error().contains(reason));
    CHECK_FALSE(tested.error().contains(QStringLiteral("tidak menjawab")));
    const auto opened = Database::open(location);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toStdString());
    CHECK(opened.error().contains(reason));
    CHECK_FALSE(opened.error().contains(QStringLiteral("tidak menjawab")));
}

} // namespace

TEST_CASE("database dialog: each sslmode is explained, verify-full with the CA file it needs", "[storage][tls]")
{
    CHECK(DatabaseForm::sslModes() == QStringList{QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full")});
    CHECK(DatabaseForm::sslModeNote(QStringLiteral("prefer")).contains(QStringLiteral("tanpa enkripsi")));
    CHECK(DatabaseForm::sslModeNote(QStringLiteral("require")).contains(QStringLiteral("Sertifikat server tidak diperiksa")));
    CHECK(DatabaseForm::sslModeNote(QStringLiteral("verify-full")).contains(QStringLiteral(".postgresql/root.crt")));
}

TEST_CASE("a server without TLS, when the PC requires it, is explained as such, not as a server that does not answer", "[storage][tls]")
{
    FirstByteServer server('N');
    checkRefused(addressOf(server, QStringLiteral("sslmode=require")), QStringLiteral("server tidak memakai enkripsi (ssl = off di server)"));
}

TEST_CASE("verify-full without the server's CA certificate on this PC says which file is missing", "[storage][tls]")
{
    FirstByteServer server('S');
    checkRefused(addressOf(server, QStringLiteral("sslmode=verify-full sslrootcert=/tidak-ada/root.crt")),
                 QStringLiteral("sertifikat CA server belum ada di PC ini. verify-full memeriksa sertifikat server dengan CA di "
                                "~/.postgresql/root.crt"));
}
