/** `npm run feedback`: a summary of the Helpful / Not helpful votes. */
import { FeedbackStore, summaryText } from "../feedback/feedback-store.js";
import { bootstrap, run } from "./bootstrap.js";

run(async () => {
  const { settings } = bootstrap();
  process.stdout.write(`${summaryText(new FeedbackStore(settings.dataDir).summary(20))}\n`);
});
