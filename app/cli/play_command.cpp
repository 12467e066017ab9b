// `primer [play]`: the player window on a course (the built-in one by default).
#include "commands.hpp"
#include "player_launch.hpp"

#include "args.hpp"
#include "background_sync.hpp"
#include "brand_choice.hpp"
#include "brand_theme.hpp"
#include "certificate.hpp"
#include "course_library.hpp"
#include "course_preview.hpp"
#include "data_paths.hpp"
#include "module_package.hpp"
#include "export_job.hpp"
#include "installation_id_file.hpp"
#include "learner_certificate.hpp"
#include "lrs_settings_file.hpp"
#include "manager_passphrase.hpp"
#include "narration_audio.hpp"
#include "speech_voice.hpp"
#include "open_url.hpp"
#include "player_app.hpp"
#include "process_memory.hpp"
#include "stb_image_checker.hpp"
#include "sync_now_job.hpp"
#include "texture_cache.hpp"
#include "translation_apply.hpp"
#include "window.hpp"

#include <algorithm>
#include <future>
#include <iostream>
#include <map>
#include <optional>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer [play] [--course DIR] [--brand DIR] [--data-dir DIR] [--learner ID [--name NAME]]
                   [--seed N] [--lang TAG] [--screenshot FILE] [--frame-times FILE]

Opens the player. Without --course it plays the built-in course.
  --brand DIR       show this brand pack (a folder with brand.toml) instead of the one the
                    course names (brand = "..." in course.toml), or else the default
  --learner ID      sign in as this staff id without the sign-in dialog (kiosks, tests)
  --name NAME       the learner's name when --learner is new
  --data-dir DIR    keep records here instead of your user data folder
  --seed N          a learner starting afresh gets the same option orders and assessment
                    draws every time (tests); saved progress keeps its own
  --lang TAG        the player's words in this language (en, cy) until the learner chooses
                    one in Settings (O), which is then kept for them
  --screenshot FILE draw the first screen (after resuming), save it as a PNG and exit
  --frame-times FILE write each frame's CPU time there, one line per frame (benchmarks)
)";

// This data folder's installation id, or why there is none.
struct InstallationId {
    std::optional<std::string> id;
    std::string error;
};

// The manager view's passphrase, exports and "Sync now", backed by the data folder's files.
ui::ManagerAccess manager_access(ManagerPassphrase& passphrase, ExportJob& job, SyncNowJob& sync,
                                 const BackgroundSync* background, const std::filesystem::path& data_dir,
                                 const Course* course, const InstallationId& installation,
                                 const LrsSettings& brand_defaults,
                                 const Clock& clock) {
    ui::ManagerAccess access;
    access.exports_folder = data_dir / "exports";
    // The same actors and activity ids as `primer export` and `primer sync` use.
    const std::optional<LrsSettings> lrs = load_lrs_settings(data_dir, brand_defaults).settings;
    access.passphrase_state = [&passphrase](std::string& problem) {
        const ManagerPassphrase::State state = passphrase.state();
        problem = passphrase.problem();
        return state == ManagerPassphrase::State::Set      ? ui::PassphraseState::Set
               : state == ManagerPassphrase::State::NotSet ? ui::PassphraseState::NotSet
                                                           : ui::PassphraseState::Damaged;
    };
    access.set_passphrase = [&passphrase](const std::string& first, const std::string& second) {
        return passphrase.set(first, second);
    };
    access.check_passphrase = [&passphrase](const std::string& typed) { return passphrase.check(typed); };
    access.start_export = [&job, data_dir, course, installation, &clock, ids = lrs.value_or(brand_defaults)](
                              const ui::ExportChoice& choice) {
        const std::filesystem::path folder = data_dir / "exports";
        ExportRequest request{database_path(data_dir), choice.output, choice.preset, choice.filter, course, {}, {}};
        // A bare name or a relative path goes in the exports folder; an absolute path is used as typed.
        if (request.output.empty())
            request.output = default_export_path(folder, choice.filter.course, choice.preset, clock.now());
        else if (request.output.is_relative())
            request.output = folder / request.output;
        // Never over the records, the keys or the settings beside them: a file that would land
        // in the data folder itself (say "../primer.sqlite3") goes to the exports folder instead.
        std::error_code ignored;
        if (std::filesystem::weakly_canonical(request.output, ignored).parent_path() ==
            std::filesystem::weakly_canonical(data_dir, ignored))
            request.output = folder / request.output.filename();
        request.xapi = xapi_settings_from(&ids, "", "", std::string("Primer ") + PRIMER_VERSION,
                                          installation.id.value_or(""));
        if (choice.preset == "xapi" && !installation.id) request.unavailable = installation.error;
        return job.start(std::move(request));
    };
    access.export_progress = [&job] { return job.status(); };
    if (lrs && course && installation.id) {
        SyncJob job_settings;
        job_settings.data_dir = data_dir;
        job_settings.course = course;
        job_settings.lrs = *lrs;
        job_settings.xapi = xapi_settings_from(&*lrs, "", "", std::string("Primer ") + PRIMER_VERSION, *installation.id);
        access.sync_target = lrs->host;
        access.start_sync = [&sync, job_settings] { return sync.start(job_settings); };
        access.sync_progress = [&sync] { return sync.status(); };
    }
    if (background) access.background_runs = [background] { return background->runs(); };
    return access;
}

}  // namespace

int play_command(const Words& words) {
    ArgSpec spec{{"--course", "--brand", "--data-dir", "--learner", "--name", "--screenshot", "--frame-times", "--seed",
                  "--lang"}};
    auto parsed = parse_command(words, spec, "play", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const auto& args = parsed.args;
    if (!args->positional.empty()) {
        std::cerr << "primer: unexpected '" << args->positional.front() << "'. Did you mean --course "
                  << args->positional.front() << "?\n";
        return 2;
    }
    PlayerLaunch launch;
    launch.course_path = args->value("--course", builtin_course_dir().string());
    launch.data_dir = resolve_data_dir(args->value("--data-dir"));
    if (args->has("--learner")) launch.learner = Learner{args->value("--learner"), args->value("--name"), "", 0};
    launch.screenshot = args->value("--screenshot");
    launch.frame_times = args->value("--frame-times");
    launch.brand = args->value("--brand");
    const std::optional<std::uint64_t> seed = seed_option(*args, 0);
    if (!seed) return 2;
    if (args->has("--seed")) launch.seed = *seed;
    launch.language = args->value("--lang", launch.language);
    return run_player(launch);
}

int run_player(const PlayerLaunch& launch) {
    std::string error;
    const std::string& course_path = launch.course_path;
    // The course is parsed, checked and its images decoded on a second thread while the
    // records open and the window and OpenGL start: on two cores that takes ~100 ms of
    // loading off the way to the first frame. The engine loader shares nothing with them.
    use_one_memory_arena();
    StbImageChecker images;  // the same checks as `primer validate`, so both agree
    // A preview loads as `primer validate` does, so the author sees every warning.
    const std::filesystem::path library = module_library_dir(launch.data_dir);
    std::future<LoadResult> loading = std::async(std::launch::async, [&] {
        return launch.preview ? load_course_or_module_with_library(course_path, library, &images, Checks::All)
                              : load_course_with_library(course_path, library, &images, Checks::Play);
    });
    std::optional<LoadResult> loaded;
    auto finish_loading = [&]() -> LoadResult& {
        if (!loaded) {
            loaded = loading.get();
            for (const Diagnostic& d : loaded->diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
        }
        return *loaded;
    };

    const std::filesystem::path& data_dir = launch.data_dir;
    auto store = Store::open(database_path(data_dir), error);
    if (!store) {
        finish_loading();
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    // Without its key the player still plays and saves; only the signed records wait.
    auto signer = SigningKey::load_or_create(signing_key_path(data_dir), error);
    if (!signer) std::cerr << "primer: " << error << " Completions are not signed until this is put right.\n";
    InstallationId installation;
    installation.id = load_or_create_installation_id(data_dir, signer ? signer->key_id() : "", installation.error);
    if (!installation.id)
        std::cerr << "primer: " << installation.error
                  << " Records are not sent to the LRS or exported as xAPI until this is put right.\n";

    // Declared before the window and the player, so it outlives both: its last run, at the
    // end of the session, sends the sitting's end once the player has closed it.
    std::unique_ptr<BackgroundSync> lrs_sync;
    auto window = Window::open(WindowOptions{}, error);
    if (!window) {
        finish_loading();
        std::cerr << "primer: " << error << "\n";
        return 1;
    }
    LoadResult& course = finish_loading();
    const Brand brand = choose_brand(launch.brand, course.course ? &*course.course : nullptr,
                                     [](const std::string& said) { std::cerr << "primer: " << said << "\n"; });
    if (course.course) apply_brand_support(*course.course, brand);
    if (course.course && installation.id && !launch.preview)
        lrs_sync = start_background_sync(data_dir, *course.course, lrs_defaults(brand),
                                         std::string("Primer ") + PRIMER_VERSION,
                                         *installation.id, [](const std::string& said) {
                                             std::cerr << "primer: " << said << "\n";
                                         });
    std::unique_ptr<FrameTimeLog> frame_times;
    if (!launch.frame_times.empty()) {
        frame_times = FrameTimeLog::open(launch.frame_times, error);
        if (!frame_times) {
            std::cerr << "primer: " << error << "\n";
            return 1;
        }
        window->set_frame_time_log(frame_times.get());
    }
    ui::Theme theme = ui::make_brand_theme(window->content_scale(), brand);
    TextureCache textures;
    // The logo is a texture like the course's images, so it is fetched again when they are.
    auto show_logo = [&] {
        if (Texture logo = textures.get(brand.logo); logo.ok && logo.height > 0) {
            theme.brand.logo = logo.id;
            theme.brand.logo_aspect = static_cast<float>(logo.width) / static_cast<float>(logo.height);
        }
    };
    show_logo();
    SystemClock clock;

    ui::PlayerSetup setup;
    setup.course_path = course_path;
    setup.course = course.course ? &*course.course : nullptr;
    setup.diagnostics = course.diagnostics;
    setup.store = store.get();
    setup.signer = signer.get();
    setup.clock = &clock;
    setup.images = [&](const std::filesystem::path& file) {
        Texture texture = textures.get(file);
        return ui::ImageHandle{texture.id, texture.width, texture.height, texture.ok};
    };
    // Course text opens web and mail links; the only files opened are certificates saved here.
    std::map<std::string, std::filesystem::path> saved_certificates;  // by file_url
    setup.open_link = [&saved_certificates](const std::string& url) {
        if (auto saved = saved_certificates.find(url); saved != saved_certificates.end())
            open_file(saved->second);
        else
            open_url(url);
    };
    NarrationAudio audio;
    std::string last_audio_problem;  // said once, not at every play and seek
    setup.sound.play = [&](const std::filesystem::path& file, double seconds, float volume, double speed) {
        bool heard = audio.play(file, seconds, volume, speed);
        if (!heard && audio.problem() != last_audio_problem)
            std::cerr << "primer: narration is silent (" << audio.problem() << "); the captions play on their own\n";
        last_audio_problem = audio.problem();
        return heard;
    };
    setup.sound.stop = [&] { audio.stop(); };
    setup.sound.set_volume = [&](float volume) { audio.set_volume(volume); };
    SpeechVoice voice;  // read aloud
    std::string last_speech_problem, last_speech_fallback;
    setup.speech.start = [&](std::vector<std::string> sentences, const std::string& language, double speed,
                             float volume) { voice.start(std::move(sentences), language, speed, volume); };
    setup.speech.stop = [&] { voice.stop(); };
    setup.speech.poll = [&] {
        SpeechVoice::Status status = voice.poll();
        if (!status.problem.empty() && status.problem != last_speech_problem)
            std::cerr << "primer: reading aloud is silent (" << status.problem << "); the highlight moves on its own\n";
        last_speech_problem = status.problem;
        if (!status.fallback.empty() && status.fallback != last_speech_fallback) std::cerr << "primer: " << status.fallback << "\n";
        last_speech_fallback = status.fallback.empty() ? last_speech_fallback : status.fallback;
        return ui::SpeechStatus{status.reading, status.sentence, status.heard, status.seconds_left, status.problem};
    };
    ManagerPassphrase passphrase(manager_passphrase_path(data_dir));
    ExportJob export_job;  // declared before the app: its workers are waited for after the window closes
    SyncNowJob sync_now;
    setup.restyle = [&](const ComfortSettings& comfort) {
        const ui::BrandMarks marks = theme.brand;
        theme = ui::make_brand_theme(window->content_scale(), brand, comfort);
        theme.brand = marks;
        window->reload_fonts();
    };
    if (!launch.preview)
        setup.manager = manager_access(passphrase, export_job, sync_now, lrs_sync.get(), data_dir, setup.course,
                                       installation, lrs_defaults(brand), clock);
    setup.learner = launch.learner;
    Diagnostics locale_problems;
    const std::vector<UiStrings> locales = read_locale_folder(locales_dir(), locale_problems);
    setup.locales = locales;
    for (const Diagnostic& problem : locale_problems.all()) std::cerr << format_diagnostic(problem) << "\n";
    setup.language = launch.language;
    if (std::none_of(setup.locales.begin(), setup.locales.end(),
                     [&](const UiStrings& strings) { return strings.tag == launch.language; }))
        std::cerr << "primer: there are no player words in \"" << launch.language << "\" (" << locales_dir().string()
                  << "); they show in English\n";
    // The course in the learner's language. The copy on show is kept until the app has moved
    // to the next one; the loaded course stays untouched for the records, sync and the manager.
    std::unique_ptr<Course> in_language, shown_before;
    if (course.course && !launch.preview)
        setup.course_in_language = [&](const std::string& tag) -> const Course* {
            TranslatedCourse translated = translate_course(*course.course, tag);
            for (const Diagnostic& d : translated.diagnostics.all()) std::cerr << format_diagnostic(d) << "\n";
            shown_before = std::move(in_language);
            in_language = std::make_unique<Course>(std::move(translated.course));
            return in_language.get();
        };
    // The same certificate as `primer certificate` makes, from the course as loaded.
    if (course.course && !launch.preview) {
        const CertificateSource certificates{*course.course, *store, locales, brand};
        setup.certificate_earned = [&](const std::string& learner_id) {
            return why_no_certificate(store->find_learner(learner_id).has_value(),
                                      store->latest_completion(learner_id, course.course->id)) == NoCertificate::None;
        };
        setup.save_certificate = [&, certificates](const std::string& learner_id, const std::string& language,
                                                   ui::CertificateOffer& offer) {
            std::string problem;
            const std::optional<std::filesystem::path> file =
                save_learner_certificate(certificates, learner_id, language, data_dir, problem);
            offer.problem = file ? "" : problem;
            if (!file) return;
            offer.saved_as = file->filename().string();
            offer.folder = file->parent_path().string();
            offer.open_url = file_url(*file);
            saved_certificates[offer.open_url] = *file;
        };
    }
    setup.seed = launch.seed;
    std::unique_ptr<CoursePreview> preview;
    if (launch.preview) {
        setup.preview = ui::PreviewStatus{course_path, 0, "", false, course.diagnostics};
        preview = CoursePreview::start(course_path, library, images, [] { Window::wake(); }, error);
        if (!preview) std::cerr << "primer: " << error << " The preview will not reload on save.\n";
    }
    if (lrs_sync)
        setup.recorded = [&](const std::vector<Event>& events) {
            if (std::any_of(events.begin(), events.end(), is_sync_point)) lrs_sync->records_changed();
        };
    ui::PlayerApp app(theme, std::move(setup));
    window->set_title(app.window_title());

    auto after_frame = [&] {
        app.apply_requests();
        if (preview && preview->show_pending(app)) {
            textures.clear();
            show_logo();
        }
    };
    FrameHooks hooks{[&] { app.build_frame(); }, after_frame, [] { return false; },
                     [&] { return app.quit_requested(); }, [&] { return app.seconds_until_redraw(); }};
    if (!launch.screenshot.empty()) {
        if (!window->capture(hooks, launch.screenshot, error)) {
            std::cerr << "primer: " << error << "\n";
            return 1;
        }
        return 0;
    }
    // A background run wakes the loop so the manager view can show what it did; never once
    // the window has gone.
    if (lrs_sync) lrs_sync->on_run([] { Window::wake(); });
    window->run(hooks);
    if (lrs_sync) lrs_sync->on_run(nullptr);
    return 0;
}

}  // namespace primer::cli
