/** The scenario the workshop opens with: small, valid, and showing each part of the format. */
export const STARTER = `# yaml-language-server: $schema=./schema.json
format: 1
id: workshop_starter
title: Workshop starter
summary: A two-decision crisis to edit.
version: "0.1.0"
author: You
duration_minutes: 10
difficulty: introductory
audience: Instructors trying the workshop
objectives: [Notify on time]
case_note: Invented.
role: The crisis team
clock_start: "2025-11-18T09:00"
meters:
  - id: trust
    label: Public trust
    min: 0
    max: 100
    start: 50
    good: high
    bands:
      - { from: 0, label: Shaken }
      - { from: 50, label: Steady }
flags:
  - { id: notified, start: false }
start: first_reports
beats:
  - id: first_reports
    title: First reports
    at: 0
    decision:
      prompt: Customers report strange orders. What now?
      choices:
        - id: notify_now
          category: disclosure
          label: Notify customers today
          effects: { trust: 10 }
          set: { notified: true }
          next: regulator
          consequence: The notice goes out by noon, and the first replies thank you for it.
          feedback: Early, honest notice builds trust.
          rating: recommended
        - id: wait
          category: legal
          label: Wait for the forensics
          effects: { trust: -5 }
          next: regulator
          consequence: The support line reads a holding statement, and more orders are reported.
          feedback: Silence reads as concealment.
          rating: harmful
  - id: regulator
    title: The regulator calls
    at: 24
    decision:
      prompt: The regulator asks what you know.
      choices:
        - id: full_account
          category: legal
          label: Give a full account
          effects: { trust: 5 }
          next: end
          consequence: The call runs an hour, and the regulator asks for the logs by Friday.
          feedback: Candour with the regulator pays.
          rating: recommended
        - id: minimise
          category: legal
          label: Say it is under control
          effects: { trust: -10 }
          next: end
          consequence: The call is short, and the regulator says it will write to you.
          feedback: Minimising backfires when the facts come out.
          rating: harmful
endings:
  - id: trusted
    title: Trust kept
    tone: best
    when: "trust >= 60"
    epilogue: The company came through with its word intact.
  - id: doubted
    title: Doubted
    tone: poor
    epilogue: Customers no longer believe the company.
`;
