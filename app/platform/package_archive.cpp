#include "package_archive.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <set>

namespace primer {
namespace {

using ReadArchive = std::unique_ptr<archive, decltype(&archive_read_free)>;
using WriteArchive = std::unique_ptr<archive, decltype(&archive_write_free)>;
using Entry = std::unique_ptr<archive_entry, decltype(&archive_entry_free)>;

// 1 January 2020, 00:00 UTC: every packed entry carries this time.
constexpr time_t kPackedTime = 1577836800;

std::string entry_name(archive_entry* entry) {
    const char* name = archive_entry_pathname_utf8(entry);
    if (!name) name = archive_entry_pathname(entry);
    return name ? name : "";
}

// Why this entry may not be extracted, judging by its kind and name.
std::string kind_problem(archive_entry* entry, const std::string& name) {
    if (archive_entry_symlink(entry) || archive_entry_filetype(entry) == AE_IFLNK)
        return "'" + name + "' is a symbolic link; packages may hold only plain files";
    if (archive_entry_hardlink(entry)) return "'" + name + "' is a hard link; packages may hold only plain files";
    const auto type = archive_entry_filetype(entry);
    if (type != AE_IFREG && type != AE_IFDIR)
        return "'" + name + "' is a device or other special file; packages may hold only plain files";
    if (std::string problem = entry_name_problem(name); !problem.empty())
        return "the entry '" + name + "' " + problem + "; packages may hold only paths inside the module folder";
    return "";
}

class EntryReader {
public:
    EntryReader(archive* reader, PackageBudget& budget) : m_archive(reader), m_budget(budget) {}

    // Reads one entry's header and bytes into `result`; false when reading should stop.
    bool read_next(PackageEntries& result, bool& done) {
        archive_entry* entry = nullptr;
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF) {
            done = true;
            return true;
        }
        if (status < ARCHIVE_WARN) {
            result.problem = m_seen.empty() ? "it is not a zip file, or its start is damaged"
                                            : "the package is damaged or cut short after '" + m_last + "'";
            return false;
        }
        std::string name = entry_name(entry);
        const bool folder = archive_entry_filetype(entry) == AE_IFDIR;
        if (folder && !name.empty() && name.back() == '/') name.pop_back();
        m_last = name;
        if (std::string problem = kind_problem(entry, name); !problem.empty()) return fail(result, problem);
        if (!m_seen.insert(name).second) return fail(result, "'" + name + "' appears twice in the package");
        const auto [first, inserted] = m_folded.emplace(folded_name(name), name);
        if (!inserted)
            return fail(result, "'" + name + "' and '" + first->second +
                                    "' differ only in upper and lower case, so one would overwrite the other");
        if (std::string problem = m_budget.start_entry(name); !problem.empty()) return fail(result, problem);
        if (folder) return true;
        return read_bytes(name, result);
    }

private:
    bool fail(PackageEntries& result, std::string problem) {
        result.problem = std::move(problem);
        return false;
    }

    bool read_bytes(const std::string& name, PackageEntries& result) {
        std::string bytes;
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t got = archive_read_data(m_archive, buffer, sizeof buffer);
            if (got == 0) break;
            if (got < 0) return fail(result, "the package is damaged: '" + name + "' cannot be unpacked");
            if (std::string problem = m_budget.add_bytes(name, static_cast<std::uint64_t>(got)); !problem.empty())
                return fail(result, problem);
            bytes.append(buffer, static_cast<std::size_t>(got));
        }
        result.files.emplace(name, std::move(bytes));
        return true;
    }

    archive* m_archive;
    PackageBudget& m_budget;
    std::set<std::string> m_seen;
    std::map<std::string, std::string> m_folded;
    std::string m_last;
};

la_ssize_t append_to_string(archive*, void* target, const void* buffer, size_t length) {
    static_cast<std::string*>(target)->append(static_cast<const char*>(buffer), length);
    return static_cast<la_ssize_t>(length);
}

}  // namespace

PackageEntries read_package_entries(const void* data, std::size_t size, const PackageLimits& limits) {
    PackageEntries result;
    ReadArchive reader(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), data, size) != ARCHIVE_OK) {
        result.problem = "it is not a zip file, or its start is damaged";
        return result;
    }
    PackageBudget budget(limits, size);
    EntryReader entries(reader.get(), budget);
    for (bool done = false; !done;)
        if (!entries.read_next(result, done)) {
            result.files.clear();
            return result;
        }
    return result;
}

std::string write_package_zip(const std::map<std::string, std::string>& files, std::string& error) {
    std::string zip;
    WriteArchive writer(archive_write_new(), archive_write_free);
    archive_write_set_format_zip(writer.get());
    archive_write_zip_set_compression_deflate(writer.get());
    archive_write_set_bytes_in_last_block(writer.get(), 1);  // no padding after the zip
    if (archive_write_open(writer.get(), &zip, nullptr, append_to_string, nullptr) != ARCHIVE_OK) {
        error = archive_error_string(writer.get());
        return "";
    }
    for (const auto& [name, bytes] : files) {
        Entry entry(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), name.c_str());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(bytes.size()));
        archive_entry_set_mtime(entry.get(), kPackedTime, 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(writer.get(), bytes.data(), bytes.size()) != static_cast<la_ssize_t>(bytes.size())) {
            error = std::string("could not add '") + name + "' to the package: " + archive_error_string(writer.get());
            return "";
        }
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK) {
        error = archive_error_string(writer.get());
        return "";
    }
    return zip;
}

}  // namespace primer
