#include "atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#if !defined(_WIN32)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace primer {
namespace {

#if !defined(_WIN32)
// A stream buffer straight onto a file descriptor, so the file can be created with its
// final permissions and fsync'd before the rename (std::ofstream can do neither).
class DescriptorBuffer : public std::streambuf {
public:
    explicit DescriptorBuffer(int fd) : m_fd(fd) { setp(m_buffer, m_buffer + sizeof m_buffer); }
    bool flush_to_disk() { return sync() == 0 && ::fsync(m_fd) == 0; }

protected:
    int_type overflow(int_type c) override {
        if (sync() != 0) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }
    int sync() override {
        const char* at = pbase();
        while (at < pptr()) {
            const ssize_t written = ::write(m_fd, at, static_cast<std::size_t>(pptr() - at));
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) return -1;
            at += written;
        }
        setp(m_buffer, m_buffer + sizeof m_buffer);
        return 0;
    }

private:
    int m_fd;
    char m_buffer[64 * 1024];
};

bool write_partial(const std::filesystem::path& partial, const std::function<bool(std::ostream&)>& write,
                   FileAccess access, std::string& reason) {
    const mode_t mode = access == FileAccess::OwnerOnly ? 0600 : 0666;
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        reason = std::strerror(errno);
        return false;
    }
    // A partial file left by an earlier crash keeps its old mode through O_TRUNC.
    bool ok = access != FileAccess::OwnerOnly || ::fchmod(fd, 0600) == 0;
    {
        DescriptorBuffer buffer(fd);
        std::ostream out(&buffer);
        ok = ok && write(out) && out.flush() && buffer.flush_to_disk();
    }
    if (!ok && reason.empty()) reason = errno != 0 ? std::strerror(errno) : "";
    return ::close(fd) == 0 && ok;
}

void sync_folder_to_disk(const std::filesystem::path& folder) {
    // The rename itself reaches the disk only when the folder does.
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}
#else
bool write_partial(const std::filesystem::path& partial, const std::function<bool(std::ostream&)>& write,
                   FileAccess access, std::string&) {
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out || !write(out) || !out.flush()) return false;
    }
    std::error_code ignored;
    if (access == FileAccess::OwnerOnly)
        std::filesystem::permissions(partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, ignored);
    return true;
}
void sync_folder_to_disk(const std::filesystem::path&) {}
#endif

}  // namespace

bool write_file_atomically(const std::filesystem::path& file, const std::function<bool(std::ostream&)>& write,
                           FileAccess access, std::string& error) {
    const std::filesystem::path partial = file.string() + ".partial";
    std::string reason;
    errno = 0;
    bool written = write_partial(partial, write, access, reason);
    std::error_code rename_error;
    if (written) std::filesystem::rename(partial, file, rename_error);
    if (!written || rename_error) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        if (rename_error) reason = rename_error.message();
        error = "Primer could not write " + file.string() + (reason.empty() ? "" : " (" + reason + ")") +
                ". Check that the folder exists, that you may write there and that the disk has space.";
        return false;
    }
    sync_folder(file.parent_path());
    return true;
}

void sync_folder(const std::filesystem::path& folder) { sync_folder_to_disk(folder); }

}  // namespace primer
